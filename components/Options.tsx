export function Options() {
  return (
    <main>
      <h1>Restore Access — options</h1>
      <p>Restore Access is unofficial and not affiliated with the United States Postal Service.</p>
    </main>
  );
}
