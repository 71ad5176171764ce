import { describe, expect, it } from 'vitest';
import { buildFollowUp, followUpConflict, orderChain, scheduledInstant } from './follow-up';

const previous = {
  id: 'a1',
  customerId: 'c1',
  contactId: 'p1',
  responsibleId: 'u1',
  salesProjectId: 's1',
  campaignId: null,
  projectId: 'pr1',
  private: false,
};

describe('buildFollowUp', () => {
  it('continues the chain with the same customer, contact, project, sales project and salesperson', () => {
    const next = buildFollowUp(
      previous,
      { scheduledAt: '2026-12-01T09:30:00+01:00', typeId: 't-call', text: '  Ring og hør om tilbuddet  ' },
      { openStatusId: 'st-scheduled', createdById: 'u2' },
    );
    expect(next).toEqual({
      typeId: 't-call',
      statusId: 'st-scheduled',
      subject: 'Ring og hør om tilbuddet',
      note: null,
      customerId: 'c1',
      contactId: 'p1',
      responsibleId: 'u1',
      scheduledAt: new Date('2026-12-01T08:30:00Z'),
      allDay: false,
      private: false,
      done: false,
      doneAt: null,
      previousActivityId: 'a1',
      salesProjectId: 's1',
      campaignId: null,
      projectId: 'pr1',
      createdById: 'u2',
    });
  });

  it("keeps a private activity's follow-up private", () => {
    const next = buildFollowUp(
      { ...previous, private: true },
      { scheduledAt: '2026-12-01T09:30:00+01:00', typeId: 't-call', text: 'Igen' },
      { openStatusId: null, createdById: 'u1' },
    );
    expect(next.private).toBe(true);
  });

  it('hands the follow-up to another salesperson when named', () => {
    expect(
      buildFollowUp(previous, { scheduledAt: '2026-12-01T09:30:00Z', typeId: 't', text: 'x', responsibleId: 'u9' }, { openStatusId: null, createdById: 'u1' })
        .responsibleId,
    ).toBe('u9');
  });

  it('keeps the written date of an all-day follow-up, whatever the offset', () => {
    const next = buildFollowUp(
      previous,
      { scheduledAt: '2026-12-01T00:00:00+13:00', allDay: true, typeId: 't', text: 'x' },
      { openStatusId: null, createdById: 'u1' },
    );
    expect(next.scheduledAt.toISOString()).toBe('2026-12-01T00:00:00.000Z');
    expect(next.allDay).toBe(true);
  });
});

describe('scheduledInstant', () => {
  it('keeps instants and pins all-day dates to midnight UTC', () => {
    expect(scheduledInstant('2026-11-22T09:30:00+01:00', false).toISOString()).toBe('2026-11-22T08:30:00.000Z');
    expect(scheduledInstant('2026-11-22T23:30:00-08:00', true).toISOString()).toBe('2026-11-22T00:00:00.000Z');
    expect(scheduledInstant('2026-11-22', true).toISOString()).toBe('2026-11-22T00:00:00.000Z');
  });
});

describe('chains', () => {
  it('refuses a second follow-up (no fork)', () => {
    expect(followUpConflict({ nextActivityId: null })).toBeNull();
    expect(followUpConflict({ nextActivityId: 'a2' })).toMatch(/already has a follow-up/);
  });

  it('orders links first to last whatever order they arrive in', () => {
    const links = [
      { id: 'c', previousActivityId: 'b' },
      { id: 'a', previousActivityId: null },
      { id: 'd', previousActivityId: 'c' },
      { id: 'b', previousActivityId: 'a' },
    ];
    expect(orderChain(links).map((l) => l.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(
      orderChain([
        { id: 'x', previousActivityId: 'gone' },
        { id: 'y', previousActivityId: 'x' },
      ]).map((l) => l.id),
    ).toEqual(['x', 'y']);
    expect(orderChain([])).toEqual([]);
  });
});
