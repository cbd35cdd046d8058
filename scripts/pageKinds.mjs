/** One page of each kind, for the layout-shift test and the bench: every page kind the site has. */
export const PAGE_KINDS = {
  home: '/',
  section: '/sections/post-training/',
  question: '/questions/grpo-vs-dpo/',
  topics: '/topics/',
  topic: '/topics/dpo/',
  answers: '/answers/',
  practice: '/practice/',
  checklist: '/checklist/',
  search: '/search/?q=dpo',
  'not found': '/no-such-page/',
};
