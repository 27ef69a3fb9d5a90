package org.sportello.model.profile;

/**
 * Italian education titles with their ISCED 2011 level, so a title compares with one from another
 * country (the level is what Europass and the EU statistics use).
 */
public enum EducationTitle {
    LICENZA_ELEMENTARE(1),
    LICENZA_MEDIA(2),
    /** Three-year vocational qualification (IeFP). */
    QUALIFICA_PROFESSIONALE(3),
    /** Four-year vocational diploma (IeFP). */
    DIPLOMA_PROFESSIONALE(3),
    /** Upper-secondary diploma (maturità): liceo, istituto tecnico or professionale. */
    DIPLOMA_SUPERIORE(3),
    /** Higher technical specialisation certificate (IFTS). */
    CERTIFICATO_IFTS(4),
    /** Higher technical institute diploma (ITS Academy). */
    DIPLOMA_ITS(5),
    /** First-cycle degree (laurea triennale) or first-level academic diploma (AFAM). */
    LAUREA(6),
    /** Second-cycle degree (laurea magistrale, also single-cycle) or second-level academic diploma. */
    LAUREA_MAGISTRALE(7),
    DOTTORATO(8);

    private final int isced;

    EducationTitle(int isced) {
        this.isced = isced;
    }

    /** The ISCED 2011 level (0-8). */
    public int isced() {
        return isced;
    }
}
