/**
 * The applicant form's state. It lives only in the element's memory until the booking is
 * confirmed; it is never written to storage, URLs, events or the console.
 */
import type { SchoolLevel } from '../data/types.js';

export interface ApplicantForm {
  readonly name: string;
  readonly schoolLevel: SchoolLevel | '';
  readonly grade: string;
  readonly phone: string;
  readonly email: string;
  readonly guardianAttending: boolean;
  readonly guardianName: string;
  readonly guardianPhone: string;
  readonly question: string;
  readonly consent: boolean;
}

export const EMPTY_FORM: ApplicantForm = {
  name: '',
  schoolLevel: '',
  grade: '',
  phone: '',
  email: '',
  guardianAttending: false,
  guardianName: '',
  guardianPhone: '',
  question: '',
  consent: false,
};

/** The fields in the order they appear, so focus goes to the first invalid one. */
export const FORM_FIELDS = [
  'name',
  'schoolLevel',
  'grade',
  'phone',
  'email',
  'guardianName',
  'guardianPhone',
  'question',
  'consent',
] as const;
export type FormField = (typeof FORM_FIELDS)[number];
