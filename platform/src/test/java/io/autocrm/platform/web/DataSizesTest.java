package io.autocrm.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DataSizesTest {

    @Test
    void readsAsPeopleDo() {
        assertThat(DataSizes.readable(300)).isEqualTo("300 bytes");
        assertThat(DataSizes.readable(512 * 1024)).isEqualTo("512 KB");
        assertThat(DataSizes.readable(25L * 1024 * 1024)).isEqualTo("25 MB");
        assertThat(DataSizes.readable(1536L * 1024)).isEqualTo("1.5 MB");
    }
}
