#!/usr/bin/env node
// Prints the registry's panels (src/modes/panel-registry.tsx) as a Markdown table: id, names, data
// file. The docs keep no hand-written list of panels: a new panel needs no edit outside its folder,
// its data file and its registry line, and this table is always the registry's.
// Usage: npm run panels
import { runnerImport } from 'vite';

const { PANELS } = (
  await runnerImport('./src/modes/panel-registry.tsx', { configFile: false, logLevel: 'silent' })
).module;
console.log('| panel | 名称 | name | data file |\n|---|---|---|---|');
for (const { meta } of PANELS)
  console.log(`| \`${meta.id}\` | ${meta.name.zh} | ${meta.name.en} | \`${meta.dataset}\` |`);
