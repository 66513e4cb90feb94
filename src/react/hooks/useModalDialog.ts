/**
 * A native `<dialog>` shown as a modal: `showModal()` puts it in the top layer, centred on the viewport
 * whatever the scroll position, with the page behind it inert (Tab stays inside). Escape asks the owner
 * to close it (the `cancel` event; the key itself where the browser has no modal dialogs, as jsdom): the
 * owner unmounts it. On unmount, focus goes back to the control that opened it unless another screen has
 * taken it.
 */
import { useEffect, useLayoutEffect, useRef, type KeyboardEvent, type RefObject } from 'react';
import { useLatest } from './useLatest';

export function useModalDialog(ref: RefObject<HTMLDialogElement | null>, onCancel: () => void) {
  const cancel = useLatest(onCancel);
  const opener = useRef<Element | null>(null);

  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    opener.current ??= dialog.ownerDocument.activeElement;
    if (dialog.open) return;
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
  }, [ref]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    // Escape: the browser would close the dialog behind React's back; the owner decides instead.
    const onCancelEvent = (event: Event) => {
      event.preventDefault();
      cancel.current();
    };
    // Closed all the same (a browser may refuse to let a page keep it open): the owner hears of it.
    const onClose = () => cancel.current();
    dialog.addEventListener('cancel', onCancelEvent);
    dialog.addEventListener('close', onClose);
    const document = dialog.ownerDocument;
    return () => {
      dialog.removeEventListener('cancel', onCancelEvent);
      dialog.removeEventListener('close', onClose);
      // After a real unmount focus is on <body> (it left with the dialog): back to what opened it.
      const lost = !document.activeElement || document.activeElement === document.body;
      const target = opener.current;
      if (lost && target instanceof HTMLElement && target.isConnected) target.focus();
    };
  }, [ref, cancel]);

  return {
    onKeyDown(event: KeyboardEvent<HTMLDialogElement>) {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      cancel.current();
    },
  };
}
