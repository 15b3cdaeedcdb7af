/** The issue tracker's address, read at build time from the one place it is configured: package.json's `bugs`. Server only. */
import packageJson from '../../package.json';
import { trackerUrl } from './issue';

export const TRACKER_URL = trackerUrl((packageJson as { bugs?: unknown }).bugs);
