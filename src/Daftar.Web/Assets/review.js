// The review queue by keyboard: j / k move between items, a accepts, r rejects, o or e opens the item in its source
// to read or edit it.
(() => {
  const items = [...document.querySelectorAll('.queue-item')];
  if (items.length === 0) return;
  let current = 0;
  const focus = i => { current = Math.max(0, Math.min(items.length - 1, i)); items[current].focus(); };
  const press = cls => items[current].querySelector('button.' + cls)?.click();
  document.addEventListener('keydown', e => {
    if (e.ctrlKey || e.metaKey || e.altKey || /^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement?.tagName ?? '')) return;
    const i = items.indexOf(document.activeElement);
    if (i >= 0) current = i;
    switch (e.key) {
      case 'j': focus(current + 1); break;
      case 'k': focus(current - 1); break;
      case 'a': press('accept'); break;
      case 'r': press('reject'); break;
      case 'o': case 'e': location.href = items[current].dataset.open; break;
      default: return;
    }
    e.preventDefault();
  });
  focus(0);
})();
