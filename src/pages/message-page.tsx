// A plain page with a heading and a sentence: not found, too large, internal error.
import { Layout } from './layout';
import { MESSAGES } from './messages';

export interface MessagePageProps {
  title: string;
  text: string;
}

/** A short page that says what went wrong and links back home. */
export function MessagePage({ title, text }: MessagePageProps) {
  return (
    <Layout title={title}>
      <h1>{title}</h1>
      <p>{text}</p>
      <p>
        <a href="/">{MESSAGES.verifyAnother}</a>
      </p>
    </Layout>
  );
}
