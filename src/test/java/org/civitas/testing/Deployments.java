package org.civitas.testing;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/**
 * The one place test deployments come from: the portal's own WAR, as Maven packaged it, under a name of the
 * test's choosing (so its context root never clashes with the application that liberty:run deploys at "/").
 * In-container tests add their own classes and the shared test support.
 */
public final class Deployments {

    private Deployments() {
    }

    /** The whole portal, for tests that speak HTTP to it or drive a browser through it. */
    public static WebArchive portal(String name) {
        File war = new File(System.getProperty("war.file", "target/civitas.war"));
        if (!war.isFile()) {
            throw new IllegalStateException(war + " is missing: run the tests with 'mvn verify'");
        }
        return ShrinkWrap.create(ZipImporter.class, name + ".war").importFrom(war).as(WebArchive.class);
    }

    /** The whole portal plus test fixtures reachable over HTTP (see FixturesResource), for client tests. */
    public static WebArchive portalWithFixtures(String name) {
        return portal(name).addPackage(Deployments.class.getPackage())
                .addClasses(org.civitas.accounts.AccountFixtures.class, org.civitas.proposals.ProposalFixtures.class,
                        org.civitas.sharing.PublicationFixtures.class);
    }

    /** The whole portal plus the test classes that run inside the server. */
    public static WebArchive inContainer(String name, Class<?>... testClasses) {
        return portalWithFixtures(name).addClasses(testClasses);
    }
}
