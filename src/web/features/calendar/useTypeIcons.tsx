import { type ReactNode, useLayoutEffect, useRef, useState } from 'react';
import type { ActivityType } from '../../../shared/activities';
import { ActivityIcon } from '../../components/icons/ActivityIcon';
import type { TypeIcons } from './event-content';

/** The drawn icons in the hidden container, by the type id on their wrapper. */
function readIcons(root: HTMLElement): TypeIcons {
  const icons = new Map<string, Element>();
  for (const wrapper of root.querySelectorAll<HTMLElement>('[data-type-id]')) {
    const svg = wrapper.firstElementChild;
    if (svg && wrapper.dataset.typeId) icons.set(wrapper.dataset.typeId, svg.cloneNode(true) as Element);
  }
  return icons;
}

/**
 * The types' icons drawn once by the app's own ActivityIcon in a hidden container (`templates`,
 * to be rendered), and copies of them (`icons`) for the calendar library, which draws its entries
 * outside React. They are read again when the container changes: a type added, or an icon that
 * arrives with the lazily loaded icon set.
 */
export function useTypeIcons(types: ActivityType[]): { icons: TypeIcons; templates: ReactNode } {
  const container = useRef<HTMLDivElement>(null);
  const [icons, setIcons] = useState<TypeIcons>(() => new Map());
  useLayoutEffect(() => {
    const root = container.current;
    if (!root) return;
    setIcons(readIcons(root));
    const observer = new MutationObserver(() => setIcons(readIcons(root)));
    observer.observe(root, { subtree: true, childList: true, attributes: true });
    return () => observer.disconnect();
  }, []);
  const templates = (
    <div ref={container} hidden>
      {types.map((type) => (
        <span key={type.id} data-type-id={type.id}>
          <ActivityIcon name={type.icon} size={14} />
        </span>
      ))}
    </div>
  );
  return { icons, templates };
}
