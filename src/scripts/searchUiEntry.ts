/**
 * The header's search dialog beyond opening it: Pagefind's UI, and how the dialog closes.
 * SiteSearch imports this module on the dialog's first open.
 */
import { followSearch, mountSearch, type MountedSearch } from './searchUi';

const wired = new WeakSet<HTMLDialogElement>();

/** Closing that only matters once results exist. (Esc, and the Close button's form, work natively before.) */
function wireClosing(dialog: HTMLDialogElement): void {
  if (wired.has(dialog)) return;
  wired.add(dialog);
  // A click on the backdrop lands on the dialog itself; a click on a result leaves the page.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog || (event.target as Element).closest('.pf-result a')) dialog.close();
  });
  // Escape closes the dialog and keeps the query for next time, unless a filter menu is open
  // (then Escape closes just the menu).
  dialog.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Escape' || event.isComposing) return;
      if ((event.target as Element).closest('pagefind-filter-dropdown')?.querySelector('[aria-expanded="true"]')) return;
      event.preventDefault();
      event.stopPropagation();
      dialog.close();
    },
    true,
  );
}

/** Mounts search in the dialog; undefined when it could not load (the panel says so). */
export async function mountDialog(dialog: HTMLDialogElement): Promise<MountedSearch | undefined> {
  wireClosing(dialog);
  const mounted = await mountSearch(dialog.querySelector<HTMLElement>('.search-panel')!);
  if (mounted) followSearch(mounted, dialog.querySelector<HTMLAnchorElement>('[data-search-page-link]')!);
  return mounted;
}
