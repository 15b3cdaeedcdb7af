#!/usr/bin/env node
/**
 * Bundles worker/sw.ts into out/sw.js with the precache manifest injected: what `serwist build` (@serwist/cli)
 * does, through the same libraries it calls (@serwist/build for the manifest, esbuild for the bundle) and with its
 * esbuild settings. @serwist/cli itself is not used because its prompt and watch dependencies (@inquirer/*,
 * chokidar 5, stringify-object 7) require Node 22, and its watch mode and prompts are not needed here.
 */
import path from 'node:path';
import { getFileManifestEntries, validateGetManifestOptions } from '@serwist/build';
import * as esbuild from 'esbuild';
import config from '../serwist.config.mjs';

const { swSrc, swDest, esbuildOptions = {}, injectionPoint = 'self.__SW_MANIFEST', ...manifestOptions } = config;
const { count, manifestEntries, size, warnings } = await getFileManifestEntries(await validateGetManifestOptions(manifestOptions));
for (const warning of warnings) console.warn(warning);

const dest = path.parse(swDest);
await esbuild.build({
  format: 'esm',
  target: ['chrome111', 'edge111', 'firefox111', 'safari16'],
  treeShaking: true,
  minify: true,
  bundle: true,
  ...esbuildOptions,
  platform: 'browser',
  define: { ...esbuildOptions.define, [injectionPoint]: manifestEntries === undefined ? 'undefined' : JSON.stringify(manifestEntries, null, 2) },
  outdir: dest.dir,
  entryNames: '[name]',
  assetNames: '[name]-[hash]',
  chunkNames: '[name]-[hash]',
  entryPoints: [{ in: swSrc, out: dest.name }],
  logLevel: 'warning',
});
console.log(`The service worker was written to ${swDest}; it precaches ${count} URLs (${(size / 1024).toFixed(1)} KB).`);
