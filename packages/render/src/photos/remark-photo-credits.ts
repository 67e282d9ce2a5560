import type { Credit, Image as DraftImage } from '@alima/charter-lint';
import type { Image, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import { asContent, element, isElement } from '../mdast/element.js';

/** `Nana Kofi Acquah / ALIMA` → photographer and organisation (`ALIMA` when the credit names one person). */
export function creditNames(name: string): { photographer: string; organization: string | undefined } {
  const slash = name.lastIndexOf('/');
  if (slash === -1) return { photographer: name.trim(), organization: undefined };
  return {
    photographer: name.slice(0, slash).trim(),
    organization: name.slice(slash + 1).trim() || undefined,
  };
}

const startOf = (node: { position?: { start: { offset?: number } } }) => node.position?.start.offset ?? -1;

/**
 * Removes the written credit from the text node that holds it (found by its
 * source offset: the line after the image, in the image's paragraph or the
 * next one); returns whether it found it. Emphasis left empty goes too.
 */
function removeCreditText(parent: Parent, credit: Credit): boolean {
  const children = parent.children as PhrasingContent[];
  for (const [index, child] of children.entries()) {
    const start = child.position?.start.offset ?? -1;
    const end = child.position?.end.offset ?? -1;
    if (credit.offset === undefined || credit.offset < start || credit.offset >= end) continue;
    if (child.type === 'text') {
      const at = child.value.indexOf(credit.text);
      if (at === -1) return false;
      child.value = `${child.value.slice(0, at)}${child.value.slice(at + credit.text.length)}`;
      return true;
    }
    if ('children' in child && removeCreditText(child, credit)) {
      if (child.children.every((node) => node.type === 'text' && node.value.trim() === ''))
        children.splice(index, 1);
      return true;
    }
  }
  return false;
}

const isBlank = (node: PhrasingContent | RootContent): boolean =>
  node.type === 'text' ? node.value.trim() === '' : node.type === 'break';

/**
 * Photos with their credit: each Markdown image whose credit charter-lint's
 * image model finds (its title, or the line right after it, in any form the
 * `photo-credit` rule accepts) becomes `<alima-photo-credit photographer=…
 * organization=…>` around the `<img>`, and the written credit leaves the
 * text. `images` is the image model of the tree as parsed. A paragraph left with only the photo becomes the photo.
 */
export function transformPhotoCredits(tree: Root, images: readonly DraftImage[]): void {
  const credited = new Map<number, Credit>();
  for (const image of images)
    if (image.kind === 'markdown' && image.credit !== undefined)
      credited.set(image.position.start.offset ?? -1, image.credit);
  if (credited.size === 0) return;

  const visit = (parent: Parent): void => {
    for (const [index, child] of (parent.children as RootContent[]).entries()) {
      if (child.type === 'image' && credited.has(startOf(child))) {
        const credit = credited.get(startOf(child)) as Credit;
        const { photographer, organization } = creditNames(credit.name);
        const image: Image = { ...child, title: credit.place === 'title' ? null : (child.title ?? null) };
        parent.children[index] = asContent(
          element('alima-photo-credit', { photographer, organization }, [image]),
        );
        if (credit.place === 'line') removeCreditText(tree, credit);
      } else if ('children' in child) visit(child);
    }
    // A paragraph of a photo and its credit becomes the photo: a <figure> does not belong in a <p>.
    parent.children = (parent.children as RootContent[]).flatMap((child) => {
      if (child.type !== 'paragraph') return [child];
      if (child.children.every(isBlank)) return [];
      const photos = child.children.filter((node) => isElement(node, 'alima-photo-credit'));
      const rest = child.children.filter((node) => !isElement(node, 'alima-photo-credit') && !isBlank(node));
      return photos.length > 0 && rest.length === 0 ? (photos as unknown as RootContent[]) : [child];
    });
  };
  visit(tree);
}
