import type { Cheerio, CheerioAPI, contains } from 'cheerio';

// cheerio does not re-export domhandler's node type, and domhandler is not our dependency
type AnyNode = Parameters<typeof contains>[0];

const dropTags =
  'script, style, noscript, template, iframe, object, embed, svg, canvas, form, button, nav, ' +
  'header, footer, aside, [role="navigation"], [role="banner"], [role="complementary"], [hidden]';
// class/id words of navigation, ads, share widgets, related-links and "Baca juga" boxes
const boilerplate =
  /(^|[\s_-])(ads?|adv|advert\w*|iklan|sponsor\w*|banner|promo|share\w*|sharing|social|sosmed|related|terkait|baca-?juga|bacajuga|lihat-?juga|rekomendasi|populer|popular|trending|terpopuler|comments?|komentar|newsletter|breadcrumbs?|menu|navbar|sidebar|widget|tags?|topik)([\s_-]|$)/i;
const readAlso = /^(baca|lihat|simak|cek)\s+(juga|pula)\b|^(berita|artikel)\s+terkait\b/i;
const noise = /^(advertisement|scroll to (continue|resume) (with|reading) content|iklan)$/i;

function removeBoilerplate($: CheerioAPI): void {
  $(dropTags).remove();
  $('[class], [id]').each((_, el) => {
    const words = `${$(el).attr('class') ?? ''} ${$(el).attr('id') ?? ''}`;
    // a "widget" holding this much prose is a layout wrapper (class="with-sidebar"), not a widget
    if (boilerplate.test(words) && $(el).find('p').text().length < 400) {
      $(el).remove();
    }
  });
}

function blockText(el: Cheerio<AnyNode>): string {
  el.find('br').replaceWith('\n');
  return el
    .text()
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '' && !readAlso.test(line) && !noise.test(line))
    .join('\n');
}

function pickContainer($: CheerioAPI) {
  const known = $(
    '[itemprop="articleBody"], .entry-content, .post-content, .article-content, .article-body, ' +
      '.detail__body-text, .read__content, .post-body, .content-detail, .detail-text, ' +
      '.txt-article, .td-post-content, .single-content, .post-entry, .detail-content',
  )
    .toArray()
    .find((el) => $(el).text().trim().length >= 200); // a teaser box can share the class
  if (known !== undefined) {
    return $(known);
  }
  // otherwise the element holding the most paragraph text
  const best = $('p')
    .parent()
    .toArray()
    .map((el) => ({ el, score: $(el).children('p').text().trim().length }))
    .sort((a, b) => b.score - a.score)[0];
  if (best !== undefined && best.score > 80) {
    return $(best.el);
  }
  const article = $('article').first();
  if (article.length > 0) {
    return article;
  }
  // htmlparser2 adds no <body> the markup lacks: then the whole document
  const body = $('body');
  return body.length > 0 ? body : $.root();
}

/** The article's readable text: paragraphs joined by blank lines, boilerplate removed. */
export function extractMainText($: CheerioAPI): string {
  removeBoilerplate($);
  const container = pickContainer($);
  const blocks = container.find('p, h2, h3, h4, li, blockquote, pre');
  const texts =
    blocks.length > 0
      ? blocks
          .filter((_, el) => $(el).parents('p, li, blockquote').length === 0)
          .toArray()
          .map((el) => blockText($(el)))
      : [blockText(container)];
  return texts.filter((t) => t !== '').join('\n\n');
}
