// English text of the lesson `pipeline-role`.
export const pipelineRole = {
  steps: {
    role: {
      body: 'A company’s data is born in many places and needed in many others. A **data pipeline** carries it from where it is made to where it is used. Kafka sits in the middle.\n\n- **Sources** (left): web clicks, database changes captured as they happen (**CDC**, change data capture) and IoT sensors. Each one is a producer writing to its own topic.\n- **Sinks** (right): analytics, a search index and an archive. Each one is a consumer group.\n\nSources and sinks never connect to each other: each connects only to Kafka.',
    },
    streaming: {
      body: 'Kafka is an excellent tool for **streaming data ingestion**: data that is generated continuously is collected, and can be processed, **right away** — not gathered up for a nightly batch job.\n\nThe chart shows the stream: about 8 records every second, all day. Each sink reads a record moments after it was written.',
    },
    'own-pace': {
      body: 'Each sink reads **at its own pace**. The archive writes to slow storage and handles only 5 records per second, fewer than the 8 that arrive. Analytics is fast.\n\nKafka does not slow the sources down for the slowest reader: the records simply wait in the topic until the archive gets to them.',
      task: 'Press Play (if paused) and watch the archive’s lag grow past 15 while analytics keeps up.',
      hint: 'The lag is in each sink’s box on the right of the pipeline view.',
      done: 'The archive is behind, analytics is not. Neither affects the other, nor the sources.',
    },
    independent: {
      body: 'What if one sink stops, for maintenance of the search cluster for instance?',
      task: 'Press **Stop consumers of search-index**, and watch the other sinks.',
      hint: 'The button is in the **Consumer groups** view, in the `search-index` card.',
      done: 'The search index stopped; its records wait in `db-changes` for it. Analytics and the archive kept reading as before: each consumer group has its own offsets.',
    },
    'scale-sink': {
      body: 'The archive is still falling behind. Its topics have more than one partition, so a second consumer can share its work.',
      task: 'Press **Add a consumer to archive**, and watch its lag.',
      hint: 'The button is in the `archive` card of the **Consumer groups** view.',
      done: 'With two consumers the archive reads about 10 records per second, more than arrive, so its lag comes down. The sources and the other sinks did not change at all.',
    },
  },
};
