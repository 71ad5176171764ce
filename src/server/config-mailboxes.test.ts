import { describe, expect, it } from 'vitest';
import { ConfigError, dropboxAddressFrom, listenFrom, readConfig, secretKeyFrom } from './config';

describe('configuration of mailboxes and the drop-box', () => {
  it('TEND_SECRET_KEY: unset is null (no passwords can be stored); short is refused without showing it', () => {
    expect(secretKeyFrom(undefined)).toBeNull();
    expect(secretKeyFrom('')).toBeNull();
    expect(secretKeyFrom('0123456789abcdef')).toBe('0123456789abcdef');
    expect(() => secretKeyFrom('short-secret')).toThrow(ConfigError);
    expect(() => secretKeyFrom('short-secret')).toThrow(/value not shown/);
    try {
      secretKeyFrom('short-secret');
    } catch (error) {
      expect(String(error)).not.toContain('short-secret');
    }
  });

  it('TEND_SMTP_LISTEN: off by default, host:port (IPv6 in brackets), anything else refused', () => {
    expect(listenFrom('TEND_SMTP_LISTEN', undefined)).toBeNull();
    expect(listenFrom('TEND_SMTP_LISTEN', '127.0.0.1:2525')).toEqual({ host: '127.0.0.1', port: 2525 });
    expect(listenFrom('TEND_SMTP_LISTEN', '[::1]:25')).toEqual({ host: '::1', port: 25 });
    for (const bad of ['2525', '127.0.0.1', 'host:0', 'host:70000', 'a:b']) expect(() => listenFrom('TEND_SMTP_LISTEN', bad), bad).toThrow(ConfigError);
  });

  it('TEND_DROPBOX_ADDRESS: log@tend.local by default, lower-cased, no +tag', () => {
    expect(dropboxAddressFrom(undefined)).toBe('log@tend.local');
    expect(dropboxAddressFrom(' CRM@Example.COM ')).toBe('crm@example.com');
    for (const bad of ['crm', 'crm+x@example.com', 'a b@example.com']) expect(() => dropboxAddressFrom(bad), bad).toThrow(ConfigError);
  });

  it('reads them from the environment', () => {
    const config = readConfig({ TEND_SECRET_KEY: 'a long enough secret key', TEND_SMTP_LISTEN: '127.0.0.1:2525', TEND_MAILBOX_SYNC_INTERVAL: '60' }, []);
    expect(config).toMatchObject({
      secretKey: 'a long enough secret key',
      smtpListen: { host: '127.0.0.1', port: 2525 },
      dropboxAddress: 'log@tend.local',
      mailboxSyncIntervalSeconds: 60,
    });
    expect(readConfig({}, [])).toMatchObject({ secretKey: null, smtpListen: null, mailboxSyncIntervalSeconds: 180, mailboxIdle: true });
    expect(readConfig({ TEND_MAILBOX_IDLE: '0' }, [])).toMatchObject({ mailboxIdle: false });
    expect(readConfig({ TEND_MAILBOX_IDLE: '1' }, [])).toMatchObject({ mailboxIdle: true });
  });
});
