import { build } from 'vite';
import { gzipSync } from 'node:zlib';
const entry = process.argv[2];
const out = await build({ configFile: false, logLevel: 'silent', root: process.cwd(), build: { write: false, target: 'es2022', minify: true, lib: { entry, formats: ['es'], fileName: 'b' }, rolldownOptions: { output: { minify: true } } } });
const chunks=[out].flat().flatMap(r=>r.output).filter(c=>c.type==='chunk');
for (const c of chunks) { console.log(c.fileName, c.code.length, gzipSync(c.code,{level:9}).length); if (process.argv[3]) console.log(c.code); }
