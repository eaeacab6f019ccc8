export { contentHash } from './content-hash';
export { ingestArticle, type ArticleInput, type IngestCounts, type IngestResult } from './ingest-article';
export { ARTICLE_EXTENSIONS, ingestFiles, listArticleFiles, type FileOutcome } from './ingest-files';
export { decodeArticle, validateArticleText } from './validate-article';
