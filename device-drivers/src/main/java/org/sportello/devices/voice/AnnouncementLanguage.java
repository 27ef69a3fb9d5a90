package org.sportello.devices.voice;

/** The languages the clips exist in; each names its clip folder and the two words of a call. */
public enum AnnouncementLanguage {
    ITALIAN("it", "numero", "sportello"),
    ENGLISH("en", "number", "counter");

    private final String folder;
    private final String numberWord;
    private final String counterWord;

    AnnouncementLanguage(String folder, String numberWord, String counterWord) {
        this.folder = folder;
        this.numberWord = numberWord;
        this.counterWord = counterWord;
    }

    public String folder() {
        return folder;
    }

    public String numberWord() {
        return numberWord;
    }

    public String counterWord() {
        return counterWord;
    }
}
