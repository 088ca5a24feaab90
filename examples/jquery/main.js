// A partner page that already uses jQuery: it creates the booking element on the fly, sets its
// properties with `.prop()` and listens to its events with `.on()`. (Without a bundler, load
// `@seoul-learn/elements/cdn/seoul-learn.js` with one `<script type="module">` instead.)
import $ from 'jquery';
import '@seoul-learn/elements/define.js';

const $booking = $('<seoul-learn-booking>')
  .attr({ kind: 'mentoring', 'heading-level': '2' })
  .prop('learnerId', 'demo-learner')
  .appendTo('#booking-slot');

$booking.on('seoul-learn-slot-selected seoul-learn-booking-confirmed', (event) => {
  // jQuery wraps the event; the element's CustomEvent, with its detail, is `originalEvent`.
  $('#last-event').text(`${event.type} ${JSON.stringify(event.originalEvent.detail)}`);
});

$('#toggle-locale').on('click', function () {
  const next = $booking.prop('locale') === 'en' ? 'ko' : 'en';
  $booking.prop('locale', next);
  $(this).text(next === 'en' ? '한국어' : 'English');
});

$('#switch-learner').on('click', () => $booking.prop('learnerId', 'jquery-learner'));
