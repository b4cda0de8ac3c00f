// Where the Learn screens live. Tiny on purpose: other features import it (through GuideLink)
// without pulling in any guide.
import type { GuideId } from '@onward/content';

export const learnPath = '/learn';
export const guidePattern = '/learn/:id';

export function guidePath(id: GuideId): string {
  return `${learnPath}/${id}`;
}
