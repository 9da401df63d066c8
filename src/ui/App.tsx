import { useMemo, useState } from 'react';
import { artifactText, derive } from '../core/derive/index.ts';
import { fargateWebSample } from '../core/templates/fargate-web.ts';
import { validate } from '../core/validate/index.ts';

/**
 * Until the visual editor lands, the app shows the sample design's generated ECS
 * definitions and its problems, straight from the core.
 */
export function App() {
  const design = useMemo(() => fargateWebSample(), []);
  const artifacts = useMemo(() => derive(design), [design]);
  const problems = useMemo(() => validate(design, artifacts), [design, artifacts]);
  const [selected, setSelected] = useState(artifacts[0]?.path ?? '');
  const current = artifacts.find((a) => a.path === selected) ?? artifacts[0];

  return (
    <div className="flex h-screen flex-col bg-slate-50 text-slate-900">
      <header className="flex items-baseline gap-4 border-b border-slate-200 bg-white px-6 py-3">
        <h1 className="text-xl font-semibold">ECS Designer</h1>
        <p className="text-sm text-slate-500">
          Sample design: <span className="font-medium text-slate-700">{design.name}</span> · {design.nodes.length} nodes ·{' '}
          {artifacts.length} generated files · {problems.length} problems. The visual editor is under construction.
        </p>
      </header>
      <main className="flex min-h-0 flex-1">
        <nav aria-label="Generated files" className="w-72 shrink-0 overflow-auto border-r border-slate-200 bg-white py-2">
          <ul>
            {artifacts.map((a) => (
              <li key={a.path}>
                <button
                  type="button"
                  onClick={() => setSelected(a.path)}
                  aria-current={a.path === current?.path ? 'true' : undefined}
                  className={`w-full truncate px-4 py-1.5 text-left font-mono text-xs ${
                    a.path === current?.path ? 'bg-orange-50 text-orange-800' : 'text-slate-700 hover:bg-slate-100'
                  }`}
                >
                  {a.path}
                </button>
              </li>
            ))}
          </ul>
        </nav>
        <section aria-label="File contents" className="min-w-0 flex-1 overflow-auto p-4">
          <pre className="rounded border border-slate-200 bg-white p-4 font-mono text-xs leading-relaxed">
            {current ? artifactText(current) : ''}
          </pre>
        </section>
      </main>
    </div>
  );
}
