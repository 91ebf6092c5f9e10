import {
  checkDomain,
  checkEmail,
  checkPhone,
  checkUrl,
  formatPhone,
  normalizeEmail,
  normalizePhone,
} from './contact-details';
import { checkCurrency, checkTimeZone } from './money-and-time';
import { checkGstHst, checkNeq, checkQst, checkSirenOrSiret, checkVatNumber } from './business-numbers';

describe('contact details', () => {
  it('checks emails', () => {
    expect(checkEmail('mireille.couture@hervedavid.com')).toBeNull();
    expect(normalizeEmail(' Mireille@HerveDavid.COM ')).toBe('Mireille@hervedavid.com');
    for (const bad of [
      'nope',
      '@x.com',
      'a@b',
      'a@@b.com',
      'a b@c.com',
      'a@-x.com',
      'a..b@c.com',
      `${'a'.repeat(65)}@c.com`,
    ]) {
      expect(checkEmail(bad)?.code).toBe('INVALID_FORMAT');
    }
  });

  it('parses phones per country into E.164 and refuses numbers that cannot be dialled', () => {
    expect(normalizePhone('(514) 555-0123', 'CA')).toBe('+15145550123');
    expect(normalizePhone('01 42 68 53 00', 'FR')).toBe('+33142685300');
    expect(normalizePhone('+33 1 42 68 53 00')).toBe('+33142685300');
    expect(checkPhone('521 1224 6321', 'CA')?.code).toBe('INVALID_FORMAT');
    expect(checkPhone('123', 'CA')?.code).toBe('INVALID_FORMAT');
    expect(checkPhone('555-0123')?.code).toBe('INVALID_FORMAT');
    expect(formatPhone('+15145550123')).toBe('+1 514 555 0123');
  });

  it('checks websites and domains', () => {
    expect(checkUrl('hervedavid.com')).toBeNull();
    expect(checkUrl('https://www.boulangerie.fr/contact')).toBeNull();
    expect(checkUrl('ftp://x.com')?.code).toBe('INVALID_FORMAT');
    expect(checkUrl('http://localhost')?.code).toBe('INVALID_FORMAT');
    expect(checkDomain('acme.qc.ca')).toBeNull();
    expect(checkDomain('@ACME.CA')).toBeNull();
    expect(checkDomain('acme')?.code).toBe('INVALID_FORMAT');
    expect(checkDomain('-acme.ca')?.code).toBe('INVALID_FORMAT');
    expect(checkDomain('acme.c0m')?.code).toBe('INVALID_FORMAT');
  });

  it('checks currencies and time zones', () => {
    expect(checkCurrency('CAD')).toBeNull();
    expect(checkCurrency('eur')).toBeNull();
    expect(checkCurrency('CAN')?.code).toBe('INVALID_CHOICE');
    expect(checkTimeZone('America/Toronto')).toBeNull();
    expect(checkTimeZone('Europe/Paris')).toBeNull();
    expect(checkTimeZone('Mars/Olympus')?.code).toBe('INVALID_CHOICE');
    expect(checkTimeZone('../etc')?.code).toBe('INVALID_CHOICE');
  });

  it('checks business numbers and their check digits', () => {
    expect(checkNeq('1143210987')).toBeNull();
    expect(checkNeq('114321098')?.code).toBe('INVALID_FORMAT');
    expect(checkSirenOrSiret('732 829 320')).toBeNull();
    expect(checkSirenOrSiret('732829321')?.code).toBe('INVALID_FORMAT');
    expect(checkSirenOrSiret('73282932000074')).toBeNull();
    expect(checkVatNumber('FR44732829320')).toBeNull();
    expect(checkVatNumber('FR45732829320')?.code).toBe('INVALID_FORMAT');
    expect(checkVatNumber('DE123456789')).toBeNull();
    expect(checkGstHst('123456782 RT0001')).toBeNull();
    expect(checkGstHst('123456789RT0001')?.code).toBe('INVALID_FORMAT');
    expect(checkQst('1234567890 TQ 0001')).toBeNull();
    expect(checkQst('1234567890TX0001')?.code).toBe('INVALID_FORMAT');
  });
});
