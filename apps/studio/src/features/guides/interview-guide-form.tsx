import { useMutation } from "@apollo/client/react";
import { CONTENT_LIMITS } from "@careergraph/content";
import {
  getFragmentData,
  graphql,
  type FragmentType,
  type InterviewGuideFormFragment,
} from "@careergraph/client/studio";
import { TextField } from "../../components/field";
import { describeValue } from "./describe";
import { GuideEditor } from "./guide-editor";
import { FaqsField, isUnder, LinesField, SectionsField, type FaqItem, type Section } from "./list-fields";

const InterviewGuideFields = graphql(`
  fragment InterviewGuideForm on InterviewGuide {
    roleId
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
    status
    version
  }
`);

const UpsertInterviewGuide = graphql(`
  mutation StudioUpsertInterviewGuide($input: UpsertInterviewGuideInput!) {
    upsertInterviewGuide(input: $input) {
      interviewGuide {
        ...InterviewGuideForm
      }
    }
  }
`);

interface InterviewGuideValues {
  headline: string;
  intro: string;
  preparationTips: Section[];
  commonMistakes: Section[];
  interviewerFocus: string[];
  smartQuestions: string[];
  faqs: FaqItem[];
}

const LABELS: Record<keyof InterviewGuideValues, string> = {
  headline: "Headline",
  intro: "Intro",
  preparationTips: "Preparation tips",
  commonMistakes: "Common mistakes",
  interviewerFocus: "Interviewer focus",
  smartQuestions: "Smart questions",
  faqs: "FAQs",
};

const EMPTY: InterviewGuideValues = {
  headline: "",
  intro: "",
  preparationTips: [],
  commonMistakes: [],
  interviewerFocus: [],
  smartQuestions: [],
  faqs: [],
};

function valuesOf(guide: InterviewGuideFormFragment): InterviewGuideValues {
  const section = ({ title, body }: Section) => ({ title, body });
  return {
    headline: guide.headline,
    intro: guide.intro,
    preparationTips: guide.preparationTips.map(section),
    commonMistakes: guide.commonMistakes.map(section),
    interviewerFocus: [...guide.interviewerFocus],
    smartQuestions: [...guide.smartQuestions],
    faqs: guide.faqs.map(({ question, answer }) => ({ question, answer })),
  };
}

export interface InterviewGuideFormProps {
  roleId: string;
  guide: FragmentType<typeof InterviewGuideFields> | null;
  reread: () => Promise<unknown>;
}

/** A role's interview guide: headline, intro, preparation tips, common mistakes, focus, questions, FAQs. */
export function InterviewGuideForm({ roleId, reread, ...props }: InterviewGuideFormProps) {
  const guide = props.guide ? getFragmentData(InterviewGuideFields, props.guide) : null;
  const [upsert] = useMutation(UpsertInterviewGuide, { refetchQueries: "active", awaitRefetchQueries: true });
  const { guideHeadline, guideIntro } = CONTENT_LIMITS;
  return (
    <GuideEditor<InterviewGuideValues>
      heading="Interview guide"
      what="interview guide"
      kind="INTERVIEW_GUIDE"
      guideId={roleId}
      guide={guide && { values: valuesOf(guide), status: guide.status, version: guide.version }}
      empty={EMPTY}
      labels={LABELS}
      describe={(_, value) => describeValue(value)}
      isShown={(field) => isUnder(Object.keys(LABELS), field)}
      reread={reread}
      upsert={async (values, expectedVersion) => {
        const { data } = await upsert({ variables: { input: { roleId, expectedVersion, ...values } } });
        return getFragmentData(InterviewGuideFields, data!.upsertInterviewGuide.interviewGuide).version;
      }}
      renderFields={(values, set, errors) => (
        <>
          <TextField
            label="Headline"
            hint={`${guideHeadline.min} to ${guideHeadline.max} characters.`}
            value={values.headline}
            onChange={(value) => set("headline", value)}
            error={errors.headline}
          />
          <TextField
            label="Intro"
            hint={`${guideIntro.min} to ${guideIntro.max.toLocaleString("en")} characters.`}
            value={values.intro}
            onChange={(value) => set("intro", value)}
            error={errors.intro}
            multiline
          />
          <SectionsField
            legend="Preparation tips"
            itemName="Preparation tip"
            path="preparationTips"
            items={values.preparationTips}
            onChange={(items) => set("preparationTips", items)}
            errors={errors}
          />
          <SectionsField
            legend="Common mistakes"
            itemName="Common mistake"
            path="commonMistakes"
            items={values.commonMistakes}
            onChange={(items) => set("commonMistakes", items)}
            errors={errors}
          />
          <LinesField
            legend="Interviewer focus"
            itemName="Focus"
            path="interviewerFocus"
            items={values.interviewerFocus}
            onChange={(items) => set("interviewerFocus", items)}
            errors={errors}
          />
          <LinesField
            legend="Smart questions"
            itemName="Smart question"
            path="smartQuestions"
            items={values.smartQuestions}
            onChange={(items) => set("smartQuestions", items)}
            errors={errors}
          />
          <FaqsField
            legend="FAQs"
            itemName="FAQ"
            path="faqs"
            items={values.faqs}
            onChange={(items) => set("faqs", items)}
            errors={errors}
          />
        </>
      )}
    />
  );
}
