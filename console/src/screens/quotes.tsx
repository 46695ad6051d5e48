// The user's quotes: add, edit, delete, search, filter by author, page through.
import { useState } from 'preact/hooks';
import { useAction, useLoad } from '../actions';
import { createQuote, deleteQuote, fetchQuotes, updateQuote, type Quote, type QuotePageArgs } from '../api';
import { Button, Field, Form, Loading, Page, Pager, Section, Submit, Time } from '../ui';

export const QUOTES_PAGE_SIZE = 10;

type Cursor = Pick<QuotePageArgs, 'first' | 'after' | 'last' | 'before'>;

function QuoteRow(p: { quote: Quote; onChanged: () => void }) {
  const q = p.quote;
  const [mode, setMode] = useState<'view' | 'edit' | 'confirm'>('view');
  const [text, setText] = useState(q.text);
  const [author, setAuthor] = useState(q.author);
  const action = useAction();

  const save = () =>
    action.run(async () => {
      await updateQuote(q.id, text, author);
      setMode('view');
      p.onChanged();
    }, 'Quote saved.');

  const remove = () =>
    action.run(async () => {
      await deleteQuote(q.id);
      p.onChanged();
    }, 'Quote deleted.');

  return (
    <li class="row quote" data-testid="quote-row" data-id={q.id}>
      {mode === 'edit' ? (
        <Form onSubmit={save} label="Edit quote">
          <Field label="Edit quote" value={text} onInput={setText} required multiline maxLength={2000} autoFocus />
          <Field label="Edit author" value={author} onInput={setAuthor} required maxLength={200} />
          <div class="actions">
            <Submit busy={action.busy}>Save</Submit>
            <Button
              onClick={() => {
                setText(q.text);
                setAuthor(q.author);
                setMode('view');
              }}
            >
              Cancel
            </Button>
          </div>
        </Form>
      ) : (
        <>
          <blockquote>
            <p data-testid="quote-text">{q.text}</p>
            <footer>
              — <cite data-testid="quote-author">{q.author}</cite>
              <span class="muted small">
                {' '}
                · <Time at={q.createdAt} />
              </span>
            </footer>
          </blockquote>
          {mode === 'confirm' ? (
            <div class="actions confirm" role="group" aria-label="Confirm deletion">
              <span>Delete this quote?</span>
              <Button variant="danger" busy={action.busy} onClick={() => void remove()}>
                Yes, delete
              </Button>
              <Button onClick={() => setMode('view')}>Keep it</Button>
            </div>
          ) : (
            <div class="actions">
              <Button
                onClick={() => {
                  setText(q.text);
                  setAuthor(q.author);
                  setMode('edit');
                }}
              >
                Edit
              </Button>
              <Button variant="danger-quiet" onClick={() => setMode('confirm')}>
                Delete
              </Button>
            </div>
          )}
        </>
      )}
    </li>
  );
}

interface View {
  cursor: Cursor;
  /** The page number this cursor leads to (1 = newest). */
  page: number;
  filter: { search: string; author: string };
}

const FIRST: Cursor = { first: QUOTES_PAGE_SIZE };

export function Quotes() {
  // What is asked for; the list shows what was loaded (with the view it was loaded for), so the
  // count line and the rows always agree.
  const [view, setView] = useState<View>({ cursor: FIRST, page: 1, filter: { search: '', author: '' } });
  const [searchInput, setSearchInput] = useState('');
  const [authorInput, setAuthorInput] = useState('');
  const [newText, setNewText] = useState('');
  const [newAuthor, setNewAuthor] = useState('');
  const add = useAction();

  const list = useLoad(async () => {
    const conn = await fetchQuotes({ ...view.cursor, ...view.filter });
    return { conn, view };
  }, [view]);

  const firstPage = (filter = view.filter) => setView({ cursor: FIRST, page: 1, filter });

  const submitNew = () =>
    add.run(async () => {
      await createQuote(newText, newAuthor);
      setNewText('');
      setNewAuthor('');
      // Newest first: the new quote is at the top of the first page.
      if (view.page === 1 && !view.cursor.after && !view.cursor.before) await list.reload();
      else firstPage();
    }, 'Quote added.');

  const applyFilter = () => firstPage({ search: searchInput.trim(), author: authorInput.trim() });

  const clearFilter = () => {
    setSearchInput('');
    setAuthorInput('');
    firstPage({ search: '', author: '' });
  };

  const afterChange = async () => {
    const d = await list.reload();
    // The last quote of a later page went away: show the first page instead of an empty one.
    if (d && d.conn.nodes.length === 0 && d.view.page > 1) firstPage();
  };

  const data = list.data?.conn;
  const shown = list.data?.view;
  const filtered = Boolean(shown && (shown.filter.search || shown.filter.author));
  const pages = data ? Math.max(1, Math.ceil(data.totalCount / QUOTES_PAGE_SIZE)) : 1;

  return (
    <Page title="Quotes">
      <Section title="Add a quote">
        <Form onSubmit={submitNew} label="Add a quote">
          <Field label="Quote" value={newText} onInput={setNewText} required multiline maxLength={2000} />
          <Field label="Author" value={newAuthor} onInput={setNewAuthor} required maxLength={200} />
          <div class="actions">
            <Submit busy={add.busy}>Add quote</Submit>
          </div>
        </Form>
      </Section>

      <Section title="Your quotes">
        <Form onSubmit={applyFilter} role="search" label="Find quotes">
          <div class="inline-fields">
            <Field label="Search quotes" type="search" value={searchInput} onInput={setSearchInput} hint="Words in the text or the author." />
            <Field label="Filter by author" value={authorInput} onInput={setAuthorInput} hint="The exact author name." />
          </div>
          <div class="actions">
            <Submit variant="secondary">Apply filters</Submit>
            {(view.filter.search || view.filter.author || searchInput || authorInput) && <Button onClick={clearFilter}>Clear filters</Button>}
          </div>
        </Form>

        {!data && list.loading && <Loading what="quotes" />}
        {data && shown && (
          <>
            <p class="muted" data-testid="quote-count" aria-live="polite">
              {data.totalCount === 0
                ? filtered
                  ? 'No quotes match these filters.'
                  : 'No quotes yet: add your first one above.'
                : `${data.totalCount} quote${data.totalCount === 1 ? '' : 's'}${filtered ? ' match' : ''} · page ${Math.min(shown.page, pages)} of ${pages}`}
            </p>
            <ul class="rows" data-testid="quote-list" aria-busy={list.loading ? 'true' : undefined}>
              {data.nodes.map((q) => (
                <QuoteRow key={q.id} quote={q} onChanged={() => void afterChange()} />
              ))}
            </ul>
            <Pager
              label="Quote pages"
              busy={list.loading}
              hasPrevious={data.pageInfo.hasPreviousPage}
              hasNext={data.pageInfo.hasNextPage}
              onPrevious={() => {
                if (shown.page <= 2 || !data.pageInfo.startCursor) {
                  firstPage(shown.filter);
                  return;
                }
                setView({
                  cursor: { last: QUOTES_PAGE_SIZE, before: data.pageInfo.startCursor },
                  page: shown.page - 1,
                  filter: shown.filter,
                });
              }}
              onNext={() => {
                if (!data.pageInfo.endCursor) return;
                setView({
                  cursor: { first: QUOTES_PAGE_SIZE, after: data.pageInfo.endCursor },
                  page: shown.page + 1,
                  filter: shown.filter,
                });
              }}
            />
          </>
        )}
      </Section>
    </Page>
  );
}
