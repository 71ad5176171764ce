import { describe, expect, it } from 'vitest';
import { checksOfComment, defaultChecksFor, distinct } from './comments.domain';

describe('defaultChecksFor', () => {
  it.each([
    ['an activity without auto-checks', {}, {}],
    ['null auto-checks', { commentChecks: null }, {}],
    ['something that is not a list', { commentChecks: 'offer' }, {}],
    [
      "a task's auto-checks",
      {
        commentChecks: [
          { key: 'offer_sent', label: 'Offer sent', defaultChecked: true },
          { key: 'called', label: 'Called', defaultChecked: false },
        ],
      },
      { offer_sent: true, called: false },
    ],
    ['unreadable entries left out', { commentChecks: [{ key: 'a', defaultChecked: true }, { key: 'b' }, null, 3] }, { a: true }],
  ])('%s', (_name, activity, expected) => {
    expect(defaultChecksFor(activity)).toEqual(expected);
  });
});

describe('checksOfComment', () => {
  const task = { commentChecks: [{ key: 'offer_sent', label: 'Offer sent', defaultChecked: true }] };
  it.each([
    ['no ticks given: the defaults', task, undefined, { offer_sent: true }],
    ['a default unticked', task, { offer_sent: false }, { offer_sent: false }],
    ['an extra tick kept', task, { extra: true }, { offer_sent: true, extra: true }],
    ['no defaults', {}, { extra: false }, { extra: false }],
  ])('%s', (_name, activity, given, expected) => {
    expect(checksOfComment(activity, given)).toEqual(expected);
  });
});

it('distinct keeps the first of each id in order', () => {
  expect(distinct(['b', 'a', 'b'])).toEqual(['b', 'a']);
});
