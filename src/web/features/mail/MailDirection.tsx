import { ArrowDownLeft, ArrowUpRight } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { MailDirection as Direction } from '../../../shared/mail';

/** A journaled mail's direction as an arrow with its name for screen readers ("Received", "Sent"); nothing for other activities. */
export function MailDirection({ direction, withText = false }: { direction: Direction | null | undefined; withText?: boolean }) {
  const { t } = useTranslation();
  if (!direction) return null;
  const label = direction === 'out' ? t('mail.direction.out') : t('mail.direction.in');
  const Arrow = direction === 'out' ? ArrowUpRight : ArrowDownLeft;
  return (
    <span className={`mail-direction mail-direction--${direction}`} title={withText ? undefined : label}>
      <Arrow size={14} role="img" aria-label={withText ? undefined : label} aria-hidden={withText ? true : undefined} />
      {withText ? <span>{label}</span> : null}
    </span>
  );
}
