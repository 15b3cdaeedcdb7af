#!/usr/bin/env node
/**
 * Draws the home-screen icons from app/icon.svg with Chromium (run by hand after changing the icon;
 * the PNGs are committed): public/icons/icon-192.png and icon-512.png (the icon as it is), maskable-512.png
 * (full-bleed background, the mark inside the 80% safe zone Android may crop to) and app/apple-icon.png (180 px, iOS).
 * Usage: node scripts/make-icons.mjs   (CHROMIUM_PATH, else /usr/bin/chromium, else Playwright's own browser)
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const icon = readFileSync('app/icon.svg', 'utf8');
const background = /<rect[^>]*fill="(#[0-9a-fA-F]{3,6})"/.exec(icon)?.[1];
if (!background) throw new Error('app/icon.svg: no <rect fill="#…"> to take the background colour from');
const inner = icon.replace(/^<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '');
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="${background}"/><g transform="translate(3.2 3.2) scale(0.8)">${inner}</g></svg>`;

const OUTPUTS = [
  ['public/icons/icon-192.png', icon, 192],
  ['public/icons/icon-512.png', icon, 512],
  ['public/icons/maskable-512.png', maskable, 512],
  ['app/apple-icon.png', maskable, 180],
];

const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((p) => p && existsSync(p));
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
try {
  mkdirSync('public/icons', { recursive: true });
  for (const [file, svg, size] of OUTPUTS) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(
      `<body style="margin:0"><img width="${size}" height="${size}" src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}"></body>`,
    );
    await page.locator('img').evaluate((img) => img.decode());
    await page.screenshot({ path: file, omitBackground: true });
    await page.close();
    console.log(`wrote ${file} (${size}×${size})`);
  }
} finally {
  await browser.close();
}
