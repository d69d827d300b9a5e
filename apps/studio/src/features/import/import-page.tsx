import { useEffect, useId, useState, type ChangeEvent } from "react";
import type { ContentPackFile, PackProblem } from "@careergraph/content";
import { checkPackText } from "./check-pack-file";

type Checked = { file: string } & ({ pack: ContentPackFile; problems: [] } | { problems: PackProblem[] });

function PackSummary({ file, pack }: { file: string; pack: ContentPackFile }) {
  const questions = pack.roles.reduce((sum, role) => sum + role.questions.length, 0);
  return (
    <div role="status" className="notice-box">
      <p>
        <strong>{file}</strong> has no problems: {pack.roles.length} roles, {questions} questions,{" "}
        {pack.topics.length} topics and {pack.learningPaths.length} learning paths.
      </p>
      <p>
        Import it, all or nothing, with <code>npm run content:import -- {file}</code> (the import writes the
        catalog and the guides in one transaction each; an editor&apos;s token cannot).
      </p>
    </div>
  );
}

/**
 * Checks a content pack before anyone imports it: the same validation as `npm run content:import`,
 * listing every problem at its place in the file.
 */
export function ImportPage() {
  const inputId = useId();
  const [checked, setChecked] = useState<Checked | null>(null);
  useEffect(() => {
    document.title = "Import · careergraph studio";
  }, []);

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return setChecked(null);
    setChecked({ file: file.name, ...checkPackText(file.name, await file.text()) });
  }

  return (
    <>
      <h1>Import a content pack</h1>
      <p>
        A pack is JSON with <code>topics</code>, <code>roles</code> and <code>learningPaths</code> (see
        docs/api.md). It is checked here as the import checks it, and nothing is written.
      </p>
      <div className="field narrow">
        <label htmlFor={inputId}>Content pack (JSON)</label>
        <input id={inputId} type="file" accept="application/json,.json" onChange={(e) => void choose(e)} />
      </div>
      {checked && "pack" in checked && <PackSummary file={checked.file} pack={checked.pack} />}
      {checked && !("pack" in checked) && (
        <section aria-labelledby="problems-heading" className="problems">
          <div role="alert">
            <h2 id="problems-heading">
              {checked.file}: {checked.problems.length}{" "}
              {checked.problems.length === 1 ? "problem" : "problems"}, nothing can be imported
            </h2>
          </div>
          <ul aria-label="Problems">
            {checked.problems.map((problem, i) => (
              <li key={i}>
                <code>{problem.path}</code>: {problem.message}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
