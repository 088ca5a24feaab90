import { defineMessages } from '../core/i18n.js';
import type { BookingStep } from './booking.types.js';

type StepNames = Readonly<Record<BookingStep, string>>;

/** The strings of the booking's frame (steps, headings, loading and failure), in Korean and English. The rest load with the content. */
export const bookingMessages = defineMessages({
  ko: {
    flowLabel: '상담 예약',
    stepsLabel: '예약 단계',
    step: (step: BookingStep) =>
      (
        ({
          kind: '상담 종류',
          consultant: '상담자',
          date: '날짜와 시간',
          details: '신청자 정보',
          review: '확인',
          done: '완료',
        }) as StepNames
      )[step],
    stepOf: (n: number, total: number) => `${total}단계 중 ${n}단계`,
    completed: '완료',
    kindHeading: '어떤 상담을 받고 싶나요?',
    consultantHeading: '상담자를 고르세요',
    dateHeading: '날짜와 시간을 고르세요',
    back: '이전',
    retry: '다시 시도',
    loading: '불러오는 중…',
    loadFailed: '정보를 불러오지 못했습니다. 인터넷 연결을 확인하고 다시 시도해 주세요.',
    mineHeading: '내 예약',
    valueMissing: '상담 예약을 마치고 확정해 주세요.',
  },
  en: {
    flowLabel: 'Book a consultation',
    stepsLabel: 'Booking steps',
    step: (step: BookingStep) =>
      (
        ({
          kind: 'Kind',
          consultant: 'Consultant',
          date: 'Date and time',
          details: 'Your details',
          review: 'Review',
          done: 'Done',
        }) as StepNames
      )[step],
    stepOf: (n: number, total: number) => `Step ${n} of ${total}`,
    completed: 'done',
    kindHeading: 'What kind of consultation would you like?',
    consultantHeading: 'Choose a consultant',
    dateHeading: 'Choose a date and time',
    back: 'Back',
    retry: 'Try again',
    loading: 'Loading…',
    loadFailed: 'Could not load the information. Check your connection and try again.',
    mineHeading: 'My bookings',
    valueMissing: 'Please complete and confirm a consultation booking.',
  },
});

export type BookingMessages = ReturnType<typeof bookingMessages>;
