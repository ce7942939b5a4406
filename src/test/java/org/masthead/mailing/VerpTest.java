package org.masthead.mailing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.masthead.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Each mail's envelope sender names its delivery, signed: a bounce to it is about that delivery, a made-up one about nothing. */
class VerpTest extends ServiceTest {

    @Autowired
    Verp verp;

    @Test
    void a_delivery_address_reads_back_as_its_delivery_whatever_the_case_of_its_letters() {
        String address = verp.forDelivery(42);

        assertThat(address).matches("bounces\\+d42\\.[0-9a-f]{20}@localhost");
        assertThat(address.substring(0, address.indexOf('@'))).hasSizeLessThanOrEqualTo(64);
        assertThat(verp.read(address)).contains(new Verp.Target('d', 42));
        assertThat(verp.read("<" + address.toUpperCase(Locale.ROOT) + ">")).contains(new Verp.Target('d', 42));
        assertThat(verp.read(verp.forNotification(7))).contains(new Verp.Target('n', 7));
    }

    @Test
    void an_address_with_another_id_or_a_changed_signature_names_nothing() {
        String address = verp.forDelivery(42);
        String token = address.substring(address.indexOf('+') + 1, address.indexOf('@'));
        String signature = token.substring(token.indexOf('.') + 1);

        assertThat(verp.read("bounces+d43." + signature + "@localhost")).isEmpty();
        assertThat(verp.read("bounces+n42." + signature + "@localhost")).isEmpty();
        char last = signature.charAt(signature.length() - 1);
        String changed = signature.substring(0, signature.length() - 1) + (last == '0' ? '1' : '0');
        assertThat(verp.read("bounces+d42." + changed + "@localhost")).isEmpty();
        assertThat(verp.read("bounces@localhost")).isEmpty();
        assertThat(verp.read("not an address")).isEmpty();
    }
}
