/** Checks of the applicant form, the same rules the data source applies, plus the form's own. */
import { MAX_GRADE, MAX_NAME_LENGTH, normaliseKoreanMobile, validateApplicant } from '../data/applicant.js';
import type { Applicant, SchoolLevel } from '../data/types.js';
import { FORM_FIELDS, type ApplicantForm, type FormField } from './applicant-form.js';

/** Grades the chosen school level has (1–6 elementary, 1–3 middle and high). */
export const gradesOf = (level: SchoolLevel | ''): number[] =>
  level ? Array.from({ length: MAX_GRADE[level] }, (_, i) => i + 1) : [];

/** The applicant the data source receives, with phone numbers normalised and blanks left out. */
export function toApplicant(form: ApplicantForm): Applicant {
  const text = (value: string) => value.trim() || undefined;
  return {
    name: form.name.trim(),
    schoolLevel: form.schoolLevel as SchoolLevel,
    grade: Number(form.grade),
    phone: normaliseKoreanMobile(form.phone) ?? form.phone,
    email: text(form.email),
    guardianAttending: form.guardianAttending,
    guardianName: form.guardianAttending ? text(form.guardianName) : undefined,
    guardianPhone: form.guardianAttending
      ? (normaliseKoreanMobile(form.guardianPhone) ?? text(form.guardianPhone))
      : undefined,
    question: text(form.question),
    consent: form.consent as true,
  };
}

/**
 * The invalid fields, in form order. The data source's own rules (`validateApplicant`) plus one
 * the form adds: an attending guardian must give a name and a phone number.
 */
export function invalidFields(form: ApplicantForm): FormField[] {
  const invalid = new Set<string>(validateApplicant({ ...toApplicant(form), consent: form.consent } as Applicant));
  if (form.guardianAttending) {
    const name = form.guardianName.trim();
    if (!name || [...name].length > MAX_NAME_LENGTH) invalid.add('guardianName');
    if (!normaliseKoreanMobile(form.guardianPhone)) invalid.add('guardianPhone');
  }
  return FORM_FIELDS.filter((field) => invalid.has(field));
}
