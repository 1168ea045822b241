/** A child process for the review tests: records 20 reviews, one write at a time. */
import { ReviewStore } from '../../server/src/reviews';

async function main(): Promise<void> {
  const [dir, name] = process.argv.slice(2) as [string, string];
  const store = new ReviewStore(dir);
  for (let i = 0; i < 20; i++) await store.add([{ key: `${name}${i}`, kind: 'count', passages: [], reviewedAt: new Date().toISOString() }]);
}

if (require.main === module) {
  main().then(
    () => process.exit(0),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
