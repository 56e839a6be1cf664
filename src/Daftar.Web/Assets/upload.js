// Uploads with visible progress: the form is sent by XMLHttpRequest so the bar can follow the bytes, then the
// server's answer (the sources page with what became of each file) replaces the page. Without script the form
// posts as usual.
(() => {
  const form = document.getElementById('upload');
  if (!form) return;
  const bar = document.getElementById('upload-progress');
  const status = document.getElementById('upload-status');
  form.addEventListener('submit', e => {
    e.preventDefault();
    const request = new XMLHttpRequest();
    request.open('POST', form.action);
    request.upload.onprogress = p => {
      if (!p.lengthComputable) return;
      bar.hidden = false;
      bar.value = Math.round(100 * p.loaded / p.total);
    };
    request.upload.onload = () => { bar.removeAttribute('value'); status.textContent = '…'; };
    request.onload = () => {
      if (!request.responseText) { status.textContent = '✗ ' + request.status; bar.hidden = true; return; }
      document.open(); document.write(request.responseText); document.close();
    };
    request.onerror = () => { status.textContent = '✗'; };
    request.send(new FormData(form));
  });
})();
