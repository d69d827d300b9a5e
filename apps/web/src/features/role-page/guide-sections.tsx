import { getFragmentData, graphql, type FragmentType } from "@careergraph/client/web";

const GuideSectionsFields = graphql(`
  fragment GuideSections on InterviewGuide {
    headline
    intro
    preparationTips {
      title
      body
    }
    commonMistakes {
      title
      body
    }
    interviewerFocus
    smartQuestions
    faqs {
      question
      answer
    }
  }
`);

interface Props {
  roleTitle: string;
  guide: FragmentType<typeof GuideSectionsFields>;
}

/** The interview guide's sections, in the seed page's order after the questions. */
export function GuideSections({ roleTitle, guide: masked }: Props) {
  const guide = getFragmentData(GuideSectionsFields, masked);
  return (
    <>
      <section aria-labelledby="preparation-tips">
        <h2 id="preparation-tips">How to Prepare for a {roleTitle} Interview</h2>
        <ul className="cards">
          {guide.preparationTips.map((tip) => (
            <li key={tip.title}>
              <h3>{tip.title}</h3>
              <p>{tip.body}</p>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="common-mistakes">
        <h2 id="common-mistakes">Common {roleTitle} Interview Mistakes</h2>
        <ul className="cards">
          {guide.commonMistakes.map((mistake) => (
            <li key={mistake.title}>
              <h3>{mistake.title}</h3>
              <p>{mistake.body}</p>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="interviewer-focus">
        <h2 id="interviewer-focus">What Interviewers Are Really Testing</h2>
        <ul>
          {guide.interviewerFocus.map((focus) => (
            <li key={focus}>{focus}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="smart-questions">
        <h2 id="smart-questions">Smart Questions to Ask in the Interview</h2>
        <ol>
          {guide.smartQuestions.map((question) => (
            <li key={question}>{question}</li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="faqs">
        <h2 id="faqs">Frequently Asked Questions</h2>
        {guide.faqs.map((faq) => (
          <details key={faq.question} className="faq">
            <summary>{faq.question}</summary>
            <p>{faq.answer}</p>
          </details>
        ))}
      </section>
    </>
  );
}
