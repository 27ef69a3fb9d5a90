package org.sportello.protocol.station;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UserFolderTest {
    @Test
    void eachSystemKeepsAnAccountsFilesWhereItExpectsThem() {
        Path home = Path.of("/home/mrossi");
        assertThat(UserFolder.of("Linux", home, Map.of())).isEqualTo(home.resolve(".sportello"));
        assertThat(UserFolder.of("Mac OS X", home, Map.of())).isEqualTo(home.resolve(".sportello"));
        assertThat(UserFolder.of("Windows 11", home, Map.of("LOCALAPPDATA", "/c/Users/mrossi/AppData/Local")))
                .isEqualTo(Path.of("/c/Users/mrossi/AppData/Local", "Sportello"));
        assertThat(UserFolder.of("Windows Server 2022", home, Map.of()))
                .as("without the variable, its usual place").isEqualTo(home.resolve("AppData/Local/Sportello"));
    }
}
