package org.civitas.platform.web;

import jakarta.faces.FactoryFinder;
import jakarta.faces.event.PhaseListener;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import jakarta.faces.lifecycle.Lifecycle;
import jakarta.faces.lifecycle.LifecycleFactory;
import org.primefaces.csp.CspPhaseListener;

import java.util.logging.Logger;

/**
 * Once Faces has started (registered in faces-config.xml for PostConstructApplicationEvent): puts {@link CspGuard}
 * in place of PrimeFaces' own script-nonce listener, which PrimeFaces' faces-config.xml registers.
 */
public class CspGuardInstaller implements SystemEventListener {

    @Override
    public void processEvent(SystemEvent event) {
        LifecycleFactory factory = (LifecycleFactory) FactoryFinder.getFactory(FactoryFinder.LIFECYCLE_FACTORY);
        Lifecycle lifecycle = factory.getLifecycle(LifecycleFactory.DEFAULT_LIFECYCLE);
        boolean replaced = false;
        for (PhaseListener listener : lifecycle.getPhaseListeners()) {
            if (listener.getClass() == CspPhaseListener.class) {
                lifecycle.removePhaseListener(listener);
                replaced = true;
            }
        }
        if (replaced) {
            lifecycle.addPhaseListener(new CspGuard());
        } else {
            Logger.getLogger(CspGuardInstaller.class.getName()).warning(
                    "PrimeFaces' CSP phase listener was not found: a forged postback would answer 500, not 400");
        }
    }

    @Override
    public boolean isListenerForSource(Object source) {
        return true;
    }
}
