package org.sportello.server.offers;

import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.it.ItalianLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * Italian analysis for offers and courses (ADR 32): Lucene's {@link ItalianAnalyzer} chain (elisions,
 * lower case, Italian stop words, light stemming, so "magazzinieri" and "Magazziniere", "l'addetta" and
 * "addetto" meet), with every accent folded before stemming, so "caffe" finds "caffè" and a foreign
 * employer's "Müller" is found as "muller". The same analyzer reads the index and the query.
 */
public final class OfferAnalyzer extends Analyzer {
    /** ItalianAnalyzer's own elided articles (its set is private), with the typographic apostrophe handled by the filter. */
    private static final CharArraySet ARTICLES = CharArraySet.unmodifiableSet(new CharArraySet(Arrays.asList(
            "c", "l", "all", "dall", "dell", "nell", "sull", "coll", "pell", "gl", "agl", "dagl", "degl", "negl",
            "sugl", "un", "m", "t", "s", "v", "d", "po", "quest", "quell", "sant", "nessun"), true));

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream result = new ElisionFilter(source, ARTICLES);
        result = new LowerCaseFilter(result);
        result = new StopFilter(result, ItalianAnalyzer.getDefaultStopSet());
        result = new ASCIIFoldingFilter(result);
        result = new ItalianLightStemFilter(result);
        return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(new ElisionFilter(in, ARTICLES)));
    }
}
