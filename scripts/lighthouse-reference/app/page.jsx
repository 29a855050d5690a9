const PARAGRAPH =
  'A paragraph about as long as one in an article: a few sentences of plain text, with no link, no image and nothing that runs in the browser, so that what the page costs is what the framework costs.';

export default function Page() {
  return (
    <main>
      <h1>A title about as long as an article’s</h1>
      {Array.from({ length: 12 }, (_, index) => (
        <p key={index}>{PARAGRAPH}</p>
      ))}
    </main>
  );
}
