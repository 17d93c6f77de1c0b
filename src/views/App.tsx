// The app shell: routes between the home page and the sandbox.
export function App() {
  return (
    <main>
      <h1>Kafka, visibly</h1>
    </main>
  );
}
