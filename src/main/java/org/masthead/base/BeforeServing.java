package org.masthead.base;

/**
 * Work that must be done before anyone is answered: the demo content, the first administrator, the
 * default publication. Spring Boot opens the web server's port at the end of the context refresh and
 * only then calls its ApplicationRunners, so a request in between would meet a half-filled database
 * (a sign-in page handing over to the first-run screen while the demo administrator is still being
 * written). These run inside the refresh instead, in their {@code @Order}, before the port opens.
 */
public interface BeforeServing {

    void prepare();
}
