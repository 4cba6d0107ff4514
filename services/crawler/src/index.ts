export { startCrawler, syncSchedulers } from './crawler.ts';
