// Applies the saved theme before the first paint so a dark setup does not flash white (the
// app keeps it in sync after). A file rather than an inline script: the production
// Content-Security-Policy runs scripts from the app's own origin only.
try {
  const choice = localStorage.getItem('ecs-designer:theme');
  const dark = choice === 'dark' || (choice !== 'light' && matchMedia('(prefers-color-scheme: dark)').matches);
  if (dark) document.documentElement.classList.add('dark');
  document.documentElement.style.colorScheme = dark ? 'dark' : 'light';
} catch {
  // Storage can be blocked (privacy settings): the app applies the theme once it runs.
}
