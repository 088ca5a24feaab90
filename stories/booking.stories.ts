import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/booking/booking.define.js';
import { bookingCode } from '../src/booking/booking-code.js';
import { fixedClock, type Clock } from '../src/data/clock.js';
import { DemoDataSource } from '../src/data/demo-data-source.js';
import { SlotTakenError } from '../src/data/errors.js';
import type { BookingRequest, DataSource } from '../src/data/types.js';
import { KOREAN, focusedIn, freshLearnerId, inside, rendered } from './play-helpers.js';

interface BookingArgs {
  kind?: string;
  'consultant-id'?: string;
  'lead-time-hours'?: number;
  view?: string;
  'heading-level'?: number;
  required?: boolean;
  'learner-id'?: string;
}

/** A fresh in-memory demo data source per story, so that a story never changes the demo site's bookings. */
const memory = (): DemoDataSource => new DemoDataSource({ storage: 'memory' });

/** Demo data whose slot query always answers "nothing free". */
function noSlots(): DataSource {
  const source = memory();
  return Object.assign(Object.create(source) as DataSource, { listSlots: async () => [] });
}

/** Demo data where someone else takes the chosen slot just before the first confirm. */
function takenOnce(): DataSource {
  const source = memory();
  let raced = false;
  return Object.assign(Object.create(source) as DataSource, {
    createBooking: async (request: BookingRequest) => {
      if (raced) return source.createBooking(request);
      raced = true;
      throw new SlotTakenError(request.slotId);
    },
  });
}

/** Demo data with one upcoming mentoring booking for the demo learner. */
async function withBooking(): Promise<DataSource> {
  const source = memory();
  const now = Date.now();
  const slots = await source.listSlots({
    kind: 'mentoring',
    from: new Date(now + 2 * 86_400_000).toISOString(),
    to: new Date(now + 20 * 86_400_000).toISOString(),
  });
  const slot = slots[0];
  if (slot) {
    await source.createBooking({
      slotId: slot.id,
      learnerId: 'demo-learner',
      applicant: {
        name: '서울런',
        schoolLevel: 'middle',
        grade: 2,
        phone: '010-0000-0000',
        guardianAttending: false,
        consent: true,
      },
      idempotencyKey: 'story-booking',
    });
  }
  return source;
}

/**
 * `<seoul-learn-booking>` books a consultation (입시컨설팅, 멘토링, 학습상담) in Korea Standard Time,
 * step by step and fully by keyboard: kind → consultant → date and time (side by side) → applicant details with
 * consent → review → confirmation with an `.ics` file. `view="mine"` lists the learner's bookings.
 * Region, language and contrast follow the toolbar.
 */
const meta: Meta<BookingArgs> = {
  title: 'Elements/Booking',
  component: 'seoul-learn-booking',
  argTypes: {
    kind: { control: 'select', options: [undefined, 'admissions', 'mentoring', 'study'] },
    'consultant-id': {
      control: 'select',
      options: [undefined, 'kim-seoyeon', 'lee-junho', 'park-minjae', 'choi-yuna', 'jung-minsu'],
    },
    'lead-time-hours': { control: { type: 'number', min: 0, step: 1 } },
    view: { control: 'inline-radio', options: ['book', 'mine'] },
    'heading-level': { control: 'select', options: [2, 3, 4, 5, 6] },
    required: { control: 'boolean' },
    'learner-id': { control: 'text' },
  },
  args: { view: 'book', 'heading-level': 2, required: false },
  render: (args, { loaded }) => html`
    <seoul-learn-booking
      kind=${ifDefined(args.kind)}
      consultant-id=${ifDefined(args['consultant-id'])}
      lead-time-hours=${ifDefined(args['lead-time-hours'])}
      view=${ifDefined(args.view)}
      heading-level=${ifDefined(args['heading-level'])}
      ?required=${args.required}
      learner-id=${ifDefined(args['learner-id'])}
      .dataSource=${(loaded as { dataSource?: DataSource }).dataSource ?? memory()}
      .clock=${(loaded as { clock?: Clock }).clock}
    ></seoul-learn-booking>
  `,
};
export default meta;

type Story = StoryObj<BookingArgs>;

/** The whole flow on demo data. */
export const FullFlow: Story = {};

/**
 * A learner books a mentoring session, as the interaction test plays it: kind, any consultant,
 * Thursday 3 December 2026 and its first time, the form, review, confirm — and sees the booking
 * code of the booking the data source now holds. The clock is pinned to Tuesday 1 December 2026
 * (09:00 KST), so the calendar is the same on every run, and the learner is new every run.
 */
export const BookASlot: Story = {
  globals: KOREAN,
  loaders: [
    async () => {
      const clock = fixedClock('2026-12-01T00:00:00Z');
      const learnerId = freshLearnerId();
      return { clock, learnerId, dataSource: new DemoDataSource({ storage: 'memory', now: clock }) };
    },
  ],
  render: (args, context) =>
    meta.render!({ ...args, 'learner-id': (context.loaded as { learnerId: string }).learnerId }, context),
  play: async ({ canvasElement, loaded, step }) => {
    const { dataSource, learnerId } = loaded as { dataSource: DataSource; learnerId: string };
    const booking = await rendered(canvasElement, 'seoul-learn-booking');
    const flow = inside(booking);
    const heading = (name: string) => waitFor(() => expect(focusedIn(booking)).toHaveTextContent(name));

    await step('Choose mentoring with any consultant', async () => {
      await userEvent.click(await flow.findByRole('button', { name: /^멘토링/ }));
      await heading('상담자를 고르세요');
      await userEvent.click(await flow.findByRole('button', { name: /^상관없음/ }));
      await heading('날짜와 시간을 고르세요');
    });

    await step('Choose Thursday 3 December and its first time', async () => {
      await userEvent.click(await flow.findByRole('button', { name: /^2026년 12월 3일 목요일, 예약 가능/ }));
      await heading('2026년 12월 3일 목요일 예약 가능 시간');
      const times = await flow.findAllByRole('button', { name: /^2026년 12월 3일 목요일 오후 7시 KST/ });
      await userEvent.click(times[0]!);
      await heading('신청자 정보를 입력하세요');
    });

    await step('Fill in the applicant form', async () => {
      await userEvent.type(flow.getByLabelText(/^이름/), '홍길동');
      await userEvent.selectOptions(flow.getByLabelText(/^학교급/), 'high');
      await userEvent.selectOptions(await flow.findByLabelText(/^학년/), '2');
      await userEvent.type(flow.getByLabelText(/^휴대전화 번호/), '01098765432');
      await userEvent.click(flow.getByLabelText(/^위 개인정보 수집·이용에 동의합니다/));
      await userEvent.click(flow.getByRole('button', { name: '다음: 예약 내용 확인' }));
      await heading('예약 내용을 확인하세요');
    });

    await step('Review and confirm', async () => {
      const review = booking.shadowRoot!.querySelector('dl')!;
      await expect(review).toHaveTextContent('홍길동');
      await expect(review).toHaveTextContent('010-9876-5432');
      await expect(review).toHaveTextContent('2026년 12월 3일 목요일 오후 7시 KST');
      await userEvent.click(flow.getByRole('button', { name: '예약 확정' }));
      await heading('예약이 확정되었습니다');
    });

    await step('See the booking code of the booking made', async () => {
      const bookings = await dataSource.listBookings(learnerId);
      await expect(bookings).toHaveLength(1);
      await expect(booking.shadowRoot!.querySelector('.booking-code')).toHaveTextContent(bookingCode(bookings[0]!.id));
    });
  },
};

/** `kind="mentoring"` skips the first step. */
export const PreselectedKind: Story = { args: { kind: 'mentoring' } };

/**
 * `kind` and `consultant-id` open the date-and-time step: the month and, once a day is chosen,
 * its times beside it (below on a narrow element).
 */
export const DateAndTime: Story = { args: { kind: 'mentoring', 'consultant-id': 'park-minjae' } };

/** No free times: every day in the calendar is disabled and says why. */
/** The consultation kinds are still loading: a skeleton in the shape of the first step. */
export const Loading: Story = {
  loaders: [
    async () => {
      const source = memory();
      source.listConsultationKinds = () => new Promise(() => {});
      return { dataSource: source };
    },
  ],
};

export const NoSlotsAvailable: Story = { loaders: [async () => ({ dataSource: noSlots() })] };

/**
 * The element and its data on a pinned `clock`, Monday 3 January 2028 (09:00 KST): that year's
 * public holidays are not published yet, so no day is offered; the calendar looks a month ahead,
 * finds nothing there either, and says why.
 */
export const HolidaysNotPublished: Story = {
  args: { kind: 'mentoring' },
  loaders: [
    async () => {
      const clock = fixedClock('2028-01-03T00:00:00Z');
      return { clock, dataSource: new DemoDataSource({ storage: 'memory', now: clock }) };
    },
  ],
};

/** The first confirm meets a slot that someone else has just taken: back to fresh times, input kept. */
export const SlotTakenRace: Story = {
  args: { kind: 'study' },
  loaders: [async () => ({ dataSource: takenOnce() })],
};

/** The learner's bookings: upcoming and past, with reschedule, cancel and .ics. */
export const MyBookings: Story = {
  args: { view: 'mine' },
  loaders: [async () => ({ dataSource: await withBooking() })],
};

/** A narrow phone screen. */
export const NarrowMobile: Story = {
  globals: { viewport: { value: 'mobile1', isRotated: false } },
};

/**
 * Inside a host `<form>` with `required`: the form cannot be sent until a booking is confirmed,
 * and then sends the booking id. Headings start at `<h3>` under the page's own `<h2>`.
 */
export const InHostForm: Story = {
  args: { required: true, 'heading-level': 3 },
  render: (args) => html`
    <form
      @submit=${(event: SubmitEvent) => {
        event.preventDefault();
        const form = event.target as HTMLFormElement;
        form.querySelector('output')!.textContent = `booking=${String(new FormData(form).get('booking'))}`;
      }}
    >
      <h2>프로그램 신청 / Programme application</h2>
      <seoul-learn-booking
        name="booking"
        ?required=${args.required}
        heading-level=${ifDefined(args['heading-level'])}
        .dataSource=${memory()}
      ></seoul-learn-booking>
      <button>신청서 제출 / Submit</button>
      <output></output>
    </form>
  `,
};
