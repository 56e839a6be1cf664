// Reads an Atom or RSS file with a real feed client and prints what it understood, as JSON, for the web tests.
// Usage: node read-feed.mjs FILE
import { readFileSync } from 'node:fs';
import { parseFeed } from '@rowanmanning/feed-parser';

const feed = parseFeed(readFileSync(process.argv[2], 'utf8'));
process.stdout.write(JSON.stringify(feed.toJSON()));
