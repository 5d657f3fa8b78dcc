/** A platform's colour dot and name; the name is isolated so a Latin brand name never reorders Arabic text. */
import type { PlatformId } from '../../lib/incidents/types';
import { PLATFORMS, platformColorStyle } from '../../lib/platforms';
import { usePageContext } from '../../lib/ui/page-context';

function PlatformDot({ platform }: { platform: PlatformId }) {
  return <span class="oc-dot" style={platformColorStyle(platform)} aria-hidden="true" />;
}

export function PlatformBadge({ platform }: { platform: PlatformId }) {
  const { lang } = usePageContext();
  return (
    <span class="oc-platform">
      <PlatformDot platform={platform} />
      <bdi>{PLATFORMS[platform].name[lang]}</bdi>
    </span>
  );
}
