import '../helpers/readable-failures.js';
import { expect } from '@open-wc/testing';
import { normaliseKoreanMobile, validateApplicant } from '../../src/data/applicant.js';
import type { Applicant } from '../../src/data/types.js';

const valid: Applicant = {
  name: '김하늘',
  schoolLevel: 'middle',
  grade: 2,
  phone: '010-1234-5678',
  guardianAttending: false,
  consent: true,
};

describe('applicant rules', () => {
  it('normalises Korean mobile numbers', () => {
    expect(normaliseKoreanMobile('01012345678')).to.equal('010-1234-5678');
    expect(normaliseKoreanMobile(' 010 1234 5678 ')).to.equal('010-1234-5678');
    expect(normaliseKoreanMobile('+82 10-1234-5678')).to.equal('010-1234-5678');
    expect(normaliseKoreanMobile('0101235678')).to.equal('010-123-5678');
    expect(normaliseKoreanMobile('02-123-4567')).to.equal(undefined);
    expect(normaliseKoreanMobile('010-12-345')).to.equal(undefined);
    expect(normaliseKoreanMobile('010-1234-56789')).to.equal(undefined);
  });

  it('accepts a complete applicant', () => {
    expect(validateApplicant(valid)).to.deep.equal([]);
    expect(validateApplicant({ ...valid, email: 'a@example.org', question: '가'.repeat(500) })).to.deep.equal([]);
  });

  it('names every invalid field', () => {
    const bad = {
      ...valid,
      name: '  ',
      grade: 4,
      phone: '1234',
      email: 'not-an-email',
      question: 'x'.repeat(501),
      consent: false,
    } as unknown as Applicant;
    expect(validateApplicant(bad)).to.deep.equal(['name', 'grade', 'phone', 'email', 'question', 'consent']);
  });

  it('checks grades per school level', () => {
    expect(validateApplicant({ ...valid, schoolLevel: 'elementary', grade: 6 })).to.deep.equal([]);
    expect(validateApplicant({ ...valid, schoolLevel: 'high', grade: 4 })).to.deep.equal(['grade']);
    expect(validateApplicant({ ...valid, grade: 0 })).to.deep.equal(['grade']);
    expect(validateApplicant({ ...valid, grade: 1.5 })).to.deep.equal(['grade']);
  });

  it('checks a guardian phone only when given', () => {
    expect(validateApplicant({ ...valid, guardianAttending: true, guardianPhone: '010 9876 5432' })).to.deep.equal([]);
    expect(validateApplicant({ ...valid, guardianAttending: true, guardianPhone: '999' })).to.deep.equal([
      'guardianPhone',
    ]);
  });

  it('handles a missing applicant', () => {
    expect(validateApplicant(undefined)).to.include.members(['name', 'phone', 'consent']);
  });
});
