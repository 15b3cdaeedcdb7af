import type { Channel } from '@/lib/engine/schema';

/** A link to one of the carrier's official channels. */
export function ChannelLink({ channel, label }: { channel: Channel; label: React.ReactNode }) {
  return (
    <a className="channel-link" href={channel.url} rel="noreferrer">
      {label}
    </a>
  );
}
