// English UI text: app shell.
export const app = {
  title: 'Kafka, visibly',
} as const;
